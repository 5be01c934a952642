package org.coopera.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab speaking Vaadin Flow 25's protocol over plain HTTP, as Vaadin's own scalability
 * tests do: the form sign-in (Spring Security's CSRF token from the XSRF-TOKEN cookie), the page
 * load, the init request ({@code ?v-r=init}, which creates the UI and gives its CSRF token, the
 * "Vaadin-Security-Key"), the navigation event that renders the view, then UIDL round trips
 * ({@code ?v-r=uidl&v-uiId=N} with csrfToken, rpc, syncId and clientId). Components are found by
 * the id attribute the views give them ({@code setId(...)}), read from the responses' changes.
 *
 * <p>It keeps only what the next request needs (cookies, tokens, ids, the node of each id), so that
 * many sessions can be opened from one JVM without the client's memory hiding the server's.
 */
final class VaadinUiClient {

    static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SET_COOKIE = Pattern.compile("^([^=;]+)=([^;]*)");

    private final HttpClient http;
    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    /** the time of each HTTP round trip, in nanoseconds */
    private final LongConsumer timings;
    private String csrfToken;
    private int uiId;
    private int syncId;
    private int clientId;
    /** node id by the component's id attribute, and tag by node id */
    private final Map<String, Integer> nodesById = new HashMap<>();
    private final Map<Integer, String> tags = new HashMap<>();
    /** links' addresses and the grids' item keys sent so far, by node id */
    private final Map<Integer, String> hrefs = new HashMap<>();
    private final Map<Integer, List<String>> gridKeys = new HashMap<>();
    /** the last response: its text, for checks such as "the view shows this" */
    private String lastResponse = "";

    VaadinUiClient(HttpClient http, String base, LongConsumer timings) {
        this.http = http;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.timings = timings;
    }

    static HttpClient newHttpClient() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).version(HttpClient.Version.HTTP_1_1).build();
    }

    /** Signs in through the sign-in page; fails unless Spring Security sends the user on to "/". */
    void signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = send(get("/login"));
        check(page, 200, "GET /login");
        // the page's token (session-stored tokens), else the cookie's (cookie-stored tokens), as the page's script does
        Matcher meta = CSRF_META.matcher(page.body());
        String xsrf = meta.find() ? meta.group(1) : cookies.getOrDefault("XSRF-TOKEN", "");
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(xsrf);
        HttpResponse<String> login = send(request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || location.contains("error") || location.contains("login")) {
            throw new IllegalStateException("sign-in of " + username + " refused: " + login.statusCode() + " " + location);
        }
    }

    /** Loads a page as the browser does on a full page load: index.html, the init request, the navigation. */
    void open(String route) throws IOException, InterruptedException {
        HttpResponse<String> page = send(get("/" + route));
        check(page, 200, "GET /" + route);
        HttpResponse<String> init = send(get("/?v-r=init&location=" + enc(route) + "&query="));
        check(init, 200, "init of " + route);
        JsonNode uidl = JSON.readTree(init.body()).path("appConfig").path("uidl");
        uiId = JSON.readTree(init.body()).path("appConfig").path("v-uiId").asInt();
        csrfToken = uidl.path("Vaadin-Security-Key").asString();
        nodesById.clear();
        tags.clear();
        hrefs.clear();
        gridKeys.clear();
        absorb(uidl);
        uiNavigate(route, 0, "");
    }

    /** Navigates inside the open UI, as a click on a router link does. */
    void navigate(String route) throws IOException, InterruptedException {
        uiNavigate(route, 1, "link");
    }

    /** Vaadin's router event on the UI's root node (node 1): the first render of a page, or a link's click. */
    private void uiNavigate(String route, int historyIndex, String trigger) throws IOException, InterruptedException {
        ObjectNode data = JSON.createObjectNode();
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", historyIndex);
        data.put("trigger", trigger);
        rpc(List.of(event(1, "ui-navigate", data)));
    }

    int node(String id) {
        Integer node = nodesById.get(id);
        if (node == null) {
            throw new IllegalStateException("no component with id " + id + " in the UI (known: " + nodesById.keySet() + ")");
        }
        return node;
    }

    boolean has(String id) {
        return nodesById.containsKey(id);
    }

    String lastResponse() {
        return lastResponse;
    }

    /** A click on the component with this id. */
    void click(String id) throws IOException, InterruptedException {
        rpc(List.of(event(node(id), "click", JSON.createObjectNode())));
    }

    /** A field's new value, as a text field, combo box or date picker sends it: the property, then "change". */
    void setValue(String id, Object value) throws IOException, InterruptedException {
        int node = node(id);
        ObjectNode sync = JSON.createObjectNode();
        sync.put("type", "mSync");
        sync.put("node", node);
        sync.put("feature", 1);
        sync.put("property", "value");
        sync.set("value", JSON.valueToTree(value));
        String tag = tags.getOrDefault(node, "");
        String changeEvent = tag.startsWith("vaadin-checkbox") ? "checked-changed" : "change";
        if (tag.startsWith("vaadin-checkbox")) {
            sync.put("property", "checked");
        }
        rpc(List.of(sync, event(node, changeEvent, JSON.createObjectNode())));
    }

    /** A call of a {@code @ClientCallable} method, as the web component's connector makes it. */
    void call(String id, String method, Object... args) throws IOException, InterruptedException {
        callNode(node(id), method, args);
    }

    void callNode(int node, String method, Object... args) throws IOException, InterruptedException {
        rpc(List.of(published(node, method, args)));
    }

    private static ObjectNode published(int node, String method, Object... args) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "publishedEventHandler");
        rpc.put("node", node);
        rpc.put("templateEventMethodName", method);
        rpc.set("templateEventMethodArgs", JSON.valueToTree(List.of(args)));
        rpc.put("promise", 0);
        return rpc;
    }

    /** One UIDL round trip; then answers the grids' "confirm" as their connector does. */
    JsonNode rpc(List<ObjectNode> invocations) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode();
        body.put("csrfToken", csrfToken);
        ArrayNode rpc = body.putArray("rpc");
        invocations.forEach(rpc::add);
        body.put("syncId", syncId);
        body.put("clientId", clientId);
        HttpResponse<String> response = send(request("/?v-r=uidl&v-uiId=" + uiId)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        check(response, 200, "UIDL");
        String text = response.body();
        if (text.startsWith("for(;;);")) {
            text = text.substring("for(;;);".length());
        }
        if (text.startsWith("[")) {
            text = text.substring(1, text.length() - 1);
        }
        JsonNode uidl = JSON.readTree(text);
        if (uidl.has("meta") && (uidl.path("meta").has("appError") || uidl.path("meta").has("sessionExpired"))) {
            throw new IllegalStateException("error from the server: " + uidl.path("meta"));
        }
        if (!uidl.has("syncId")) {
            throw new IllegalStateException("no syncId in the answer: " + abbreviate(text));
        }
        lastResponse = text;
        absorb(uidl);
        List<Integer> confirms = new ArrayList<>();
        for (JsonNode execute : uidl.path("execute")) {
            int last = execute.size() - 1;
            if (last >= 2 && execute.get(last).asString().contains("$connector.confirm(")) {
                confirms.add(execute.get(0).path("@v-node").asInt());
                confirms.add(execute.get(1).asInt());
            }
        }
        // the browser's connectors answer in one request
        List<ObjectNode> answers = new ArrayList<>();
        for (int i = 0; i < confirms.size(); i += 2) {
            answers.add(published(confirms.get(i), "confirmUpdate", confirms.get(i + 1)));
        }
        if (!answers.isEmpty()) {
            rpc(answers);
        }
        return uidl;
    }

    private void absorb(JsonNode uidl) {
        if (uidl.has("syncId")) {
            syncId = uidl.path("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.path("clientId").asInt();
        }
        for (JsonNode change : uidl.path("changes")) {
            if (!"put".equals(change.path("type").asString())) {
                continue;
            }
            String key = change.path("key").asString();
            if ("id".equals(key) && change.path("value").isString()) {
                nodesById.put(change.path("value").asString(), change.path("node").asInt());
            } else if ("tag".equals(key) && change.path("value").isString()) {
                tags.put(change.path("node").asInt(), change.path("value").asString());
            } else if ("href".equals(key) && change.path("value").isString()) {
                hrefs.put(change.path("node").asInt(), change.path("value").asString());
            } else if ("href".equals(key) && change.path("value").has("uri")) {
                // a download handler's address (VAADIN/dynamic/resource/...)
                hrefs.put(change.path("node").asInt(), change.path("value").path("uri").asString());
            }
        }
        for (JsonNode execute : uidl.path("execute")) {
            int last = execute.size() - 1;
            if (last >= 3 && execute.get(last).asString().contains("$connector.set(") && execute.get(2).isArray()) {
                List<String> keys = gridKeys.computeIfAbsent(execute.get(0).path("@v-node").asInt(), n -> new ArrayList<>());
                for (JsonNode item : execute.get(2)) {
                    keys.add(item.path("key").asString());
                }
            }
        }
    }

    /** The item keys a grid has been sent (its first page, as the browser gets it). */
    List<String> gridKeys(String id) {
        return gridKeys.getOrDefault(node(id), List.of());
    }

    /** A click on a grid's row, as the grid's item-click event sends it. */
    void clickRow(String gridId, String key) throws IOException, InterruptedException {
        ObjectNode data = JSON.createObjectNode();
        data.put("event.detail.itemKey", key);
        data.put("event.detail.internalColumnId", "");
        data.put("event.detail.detail", 1);
        data.put("event.detail.button", 0);
        for (String flag : List.of("altKey", "ctrlKey", "metaKey", "shiftKey")) {
            data.put("event.detail." + flag, false);
        }
        for (String coordinate : List.of("clientX", "clientY", "screenX", "screenY")) {
            data.put("event.detail." + coordinate, 10);
        }
        rpc(List.of(event(node(gridId), "item-click", data)));
    }

    /** The first component whose id starts with this prefix and whose tag is this one (any tag if null). */
    String firstId(String prefix, String tag) {
        return nodesById.entrySet().stream()
                .filter(e -> e.getKey().startsWith(prefix))
                .filter(e -> tag == null || tag.equals(tags.get(e.getValue())))
                .map(Map.Entry::getKey).sorted().findFirst()
                .orElseThrow(() -> new IllegalStateException("no component with an id starting with " + prefix));
    }

    /** The address of the link with this id. */
    String href(String id) {
        String href = hrefs.get(node(id));
        if (href == null) {
            throw new IllegalStateException("the component " + id + " has no address");
        }
        return href;
    }

    static ObjectNode event(int node, String event, ObjectNode data) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "event");
        rpc.put("node", node);
        rpc.put("event", event);
        rpc.set("data", data);
        return rpc;
    }

    HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<byte[]> response = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        timings.accept(System.nanoTime() - start);
        keepCookies(response);
        return response;
    }

    private HttpRequest.Builder get(String path) {
        return request(path).GET();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (!cookies.isEmpty()) {
            StringBuilder cookie = new StringBuilder();
            cookies.forEach((name, value) -> cookie.append(cookie.isEmpty() ? "" : "; ").append(name).append('=').append(value));
            builder.header("Cookie", cookie.toString());
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        timings.accept(System.nanoTime() - start);
        keepCookies(response);
        return response;
    }

    private void keepCookies(HttpResponse<?> response) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            Matcher matcher = SET_COOKIE.matcher(header);
            if (matcher.find()) {
                if (header.toLowerCase().contains("max-age=0")) {
                    cookies.remove(matcher.group(1).trim());
                } else {
                    cookies.put(matcher.group(1).trim(), matcher.group(2));
                }
            }
        }
    }

    private static void check(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + ": HTTP " + response.statusCode() + " "
                    + response.headers().firstValue("Location").orElse("") + " " + abbreviate(response.body()));
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
