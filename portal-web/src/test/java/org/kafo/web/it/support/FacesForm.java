package org.kafo.web.it.support;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A Faces form of a page fetched with {@link PageSession}, submitted as a browser would without running one: the
 * fields as the page rendered them (pre-filled values, hidden fields, the view state), some changed, then one button
 * pressed. A redirect after the post to a page of the portal is followed in the same session, so the page the person sees
 * next is returned (a redirect elsewhere, to Keycloak's sign-in, is returned as it is).
 */
public final class FacesForm {

    private static final Pattern TAG = Pattern.compile("<(input|textarea|select|option|/select)\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)=\"([^\"]*)\"");

    private final PageSession session;
    private final String action;
    private final boolean multipart;
    private final Map<String, String> fields = new LinkedHashMap<>();
    private final Map<String, String> buttons = new LinkedHashMap<>();
    private String fileField;
    private String fileName;
    private byte[] fileBytes = new byte[0];

    private FacesForm(PageSession session, String action, boolean multipart) {
        this.session = session;
        this.action = action;
        this.multipart = multipart;
    }

    /** The form {@code id} of {@code page}; fails when the page does not hold it. */
    public static FacesForm of(PageSession session, Api.Response page, String id) {
        Matcher start = Pattern.compile("<form\\b[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(page.body());
        if (!start.find()) {
            throw new AssertionError("no form '" + id + "' on the page (" + page.status() + ")");
        }
        Map<String, String> formAttributes = attributes(start.group());
        String html = page.body().substring(start.end(), page.body().indexOf("</form>", start.end()));
        FacesForm form = new FacesForm(session, unescape(formAttributes.get("action")),
                "multipart/form-data".equals(formAttributes.get("enctype")));
        String select = null;
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            String name = tag.group(1).toLowerCase();
            Map<String, String> a = attributes(tag.group(2));
            switch (name) {
                case "input" -> {
                    String type = a.getOrDefault("type", "text");
                    if (type.equals("submit")) {
                        form.buttons.put(a.get("name"), unescape(a.getOrDefault("value", "")));
                    } else if (type.equals("file")) {
                        form.fileField = a.get("name");
                    } else if (!type.equals("checkbox") && !type.equals("radio") || tag.group(2).contains("checked")) {
                        form.fields.put(a.get("name"), unescape(a.getOrDefault("value", "")));
                    }
                }
                case "textarea" -> form.fields.put(a.get("name"),
                        unescape(html.substring(tag.end(), html.indexOf("</textarea>", tag.end()))).replaceFirst("^\\n", ""));
                case "select" -> {
                    select = a.get("name");
                    form.fields.putIfAbsent(select, null);
                }
                case "option" -> {
                    if (select != null && (form.fields.get(select) == null || tag.group(2).contains("selected"))) {
                        form.fields.put(select, unescape(a.getOrDefault("value", "")));
                    }
                }
                default -> select = null;
            }
        }
        return form;
    }

    /** The value the page gave the field {@code name} (e.g. {@code session:sub-theme}). */
    public String value(String name) {
        return fields.get(name);
    }

    public FacesForm set(String name, String value) {
        if (!fields.containsKey(name)) {
            throw new AssertionError("no field '" + name + "' in the form: " + fields.keySet());
        }
        fields.put(name, value);
        return this;
    }

    public FacesForm file(String name, byte[] bytes) {
        if (fileField == null) {
            throw new AssertionError("no file field in the form");
        }
        this.fileName = name;
        this.fileBytes = bytes;
        return this;
    }

    /** Presses {@code button}; the page that comes back (after the redirect, if any). */
    public Api.Response submit(String button) {
        if (!buttons.containsKey(button)) {
            throw new AssertionError("no button '" + button + "' in the form: " + buttons.keySet());
        }
        Map<String, String> sent = new LinkedHashMap<>(fields);
        sent.put(button, buttons.get(button));
        Api.Response response = multipart ? postMultipart(sent) : session.post(action, "application/x-www-form-urlencoded",
                sent.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue() == null ? "" : e.getValue()))
                        .collect(Collectors.joining("&")).getBytes(StandardCharsets.UTF_8));
        if (response.status() == 302) {
            String location = response.headers().firstValue("Location").orElseThrow();
            String portal = KafoStack.get().portalUrl();
            if (location.startsWith("http") && !location.startsWith(portal)) {
                // away from the portal (to Keycloak's sign-in): the redirect is the answer
                return response;
            }
            return session.page(location.startsWith("http") ? location.substring(portal.length()) : location);
        }
        return response;
    }

    private Api.Response postMultipart(Map<String, String> sent) {
        String boundary = "kafo-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        sent.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n"
                + (value == null ? "" : value) + "\r\n"));
        if (fileField != null) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                    + (fileName == null ? "" : fileName) + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            body.writeBytes(fileBytes);
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        return session.post(action, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /**
     * What an attacker sends: {@code fields} and {@code button} posted to the page's view, with its view state, as if the
     * page had rendered a form {@code formId} that it did not render for this person. Faces must ignore it.
     */
    public static Api.Response forge(PageSession session, Api.Response page, String formId, Map<String, String> fields, String button) {
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        Matcher form = Pattern.compile("<form\\b[^>]*>").matcher(page.body());
        String action = null;
        while (action == null && form.find()) {
            Map<String, String> a = attributes(form.group());
            action = "post".equalsIgnoreCase(a.get("method")) ? a.get("action") : null;
        }
        if (!state.find() || action == null) {
            throw new AssertionError("no Faces form on the page (" + page.status() + ")");
        }
        Map<String, String> sent = new LinkedHashMap<>();
        sent.put(formId, formId);
        fields.forEach(sent::put);
        sent.put(button, "x");
        sent.put("jakarta.faces.ViewState", unescape(state.group(1)));
        return session.post(unescape(action), "application/x-www-form-urlencoded",
                sent.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"))
                        .getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher a = ATTRIBUTE.matcher(tag);
        while (a.find()) {
            attributes.putIfAbsent(a.group(1), a.group(2));
        }
        return attributes;
    }

    private static String unescape(String html) {
        if (html == null) {
            return null;
        }
        Matcher entity = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(html);
        StringBuilder out = new StringBuilder();
        while (entity.find()) {
            int code = Integer.parseInt(entity.group(2), entity.group(1).isEmpty() ? 10 : 16);
            entity.appendReplacement(out, Matcher.quoteReplacement(new String(Character.toChars(code))));
        }
        entity.appendTail(out);
        return out.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
