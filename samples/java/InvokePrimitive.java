// Invoke a primitive: POST /v1/primitives/{primitiveId} (scope invoke:primitives).
// The other primitives are screening.entity, document.check and device_intel.ip; the demo list's names, such as Ivan Sidorov, give a possible match.
//
// Java 17 or later, no dependencies: one file, run from source. Run:
//   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_API_KEY=kbs_test_… java samples/java/InvokePrimitive.java
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class InvokePrimitive {
    public static void main(String[] args) throws Exception {
        String baseUrl = env("KEYBS_BASE_URL");
        String apiKey = env("KEYBS_API_KEY");
        String body = """
            {
              "name": "Ivan Sidorov",
              "country": "RU"
            }
            """;

        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/v1/primitives/screening.individual"))
            .header("Authorization", "Bearer " + apiKey)
            .header("Accept", "application/json")
            .header("Content-Type", "application/json")
            .method("POST", HttpRequest.BodyPublishers.ofString(body))
            .timeout(Duration.ofSeconds(30))
            .build();
        HttpResponse<String> res = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() >= 400) {
            // Every error has the envelope {"error": {"code", "message", "request_id"}}.
            System.err.println(res.statusCode() + " " + field(res.body(), "code") + ": " + field(res.body(), "message")
                + " (request " + field(res.body(), "request_id") + ")");
            System.exit(1);
        }
        System.out.println(field(res.body(), "result"));
    }

    static String env(String name) {
        String value = System.getenv(name);
        if (value == null || value.isEmpty()) {
            System.err.println("Set " + name + " in the environment.");
            System.exit(2);
        }
        return value;
    }

    // The JDK has no JSON parser: this reads the first value of a field,
    // which is enough for a sample. Use your JSON library (Jackson, Gson) in
    // real code.
    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*(\"((?:[^\"\\\\]|\\\\.)*)\"|[^,}\\]\\s]+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(2) != null ? m.group(2).replace("\\\"", "\"").replace("\\\\", "\\") : m.group(1);
    }
}
