package org.kafo.web.delivery;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Gives every Faces resource URL a version ({@code v=}) so that {@link CacheHeaders} can let phones keep it for
 * a year: PrimeFaces' own resources already carry PrimeFaces' version; the others (Kafo's CSS and scripts,
 * Faces' {@code faces.js}) get the first 12 hex digits of the SHA-256 of their content, so a changed file gets
 * a new URL.
 */
public class VersionedResources extends ResourceHandlerWrapper {

    private static final Pattern HAS_VERSION = Pattern.compile("[?&]v=");
    private static final Map<String, String> VERSIONS = new ConcurrentHashMap<>();

    public VersionedResources(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String resourceName) {
        return versioned(super.createResource(resourceName));
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        return versioned(super.createResource(resourceName, libraryName));
    }

    @Override
    public Resource createResource(String resourceName, String libraryName, String contentType) {
        return versioned(super.createResource(resourceName, libraryName, contentType));
    }

    private static Resource versioned(Resource resource) {
        return resource == null ? null : new Versioned(resource);
    }

    private static final class Versioned extends ResourceWrapper {

        Versioned(Resource wrapped) {
            super(wrapped);
        }

        @Override
        public String getRequestPath() {
            String path = super.getRequestPath();
            if (path == null || HAS_VERSION.matcher(path).find()) {
                return path;
            }
            String version = VERSIONS.computeIfAbsent(getLibraryName() + "/" + getResourceName(), k -> contentHash(getWrapped()));
            return version.isEmpty() ? path : path + (path.indexOf('?') < 0 ? '?' : '&') + "v=" + version;
        }
    }

    /** The content's hash; empty (no version, so no long caching) if the content cannot be read. */
    private static String contentHash(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            if (in == null) {
                return "";
            }
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (IOException | NoSuchAlgorithmException e) {
            return "";
        }
    }
}
