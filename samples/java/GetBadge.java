// Hosted badge: GET /badge/{verificationId}.
//
// Java 17 or later, no dependencies: one file, run from source. Run:
//   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_VERIFICATION_ID=… java samples/java/GetBadge.java
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class GetBadge {
    public static void main(String[] args) throws Exception {
        String baseUrl = env("KEYBS_BASE_URL");
        String verificationId = env("KEYBS_VERIFICATION_ID");

        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/badge/" + URLEncoder.encode(verificationId, StandardCharsets.UTF_8)))
            .header("Accept", "text/html")
            .method("GET", HttpRequest.BodyPublishers.noBody())
            .timeout(Duration.ofSeconds(30))
            .build();
        HttpResponse<byte[]> res = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (res.statusCode() >= 400) {
            System.err.println(res.statusCode() + ": " + new String(res.body(), StandardCharsets.UTF_8));
            System.exit(1);
        }
        Files.write(Path.of("badge.html"), res.body());
        System.out.println("badge.html");
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
