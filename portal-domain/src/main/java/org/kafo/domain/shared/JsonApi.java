package org.kafo.domain.shared;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider, looked up once. Each static {@code jakarta.json.Json.createXxx} call looks it up again with a
 * {@link java.util.ServiceLoader}, which reads the jars of the application on every call: measured on the path
 * of a published alert (the notice to other instances, the event sent to the stream), where it cost milliseconds.
 */
public final class JsonApi {

    public static final JsonProvider JSON = JsonProvider.provider();

    private JsonApi() {
    }
}
