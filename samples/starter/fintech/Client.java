// KeyBS starter client for Fintech: Java 17, java.net.http, no dependencies.
// The configuration below is the one KeyBS recommends for Fintech; the same
// values are in keybs-fintech.env. Run:
//
//   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_API_KEY=kbs_test_… java Client.java

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

public class Client {
    static final String INDUSTRY = "fintech";
    // Give your key these scopes (the Fintech preset) and enable these modules on its application.
    static final List<String> SCOPES = List.of("verification:create", "verification:read", "document:create", "report:read", "webhook:manage", "kyc:verify", "transaction:check", "trustscore:read", "fraud:score");
    static final List<String> MODULES = List.of("KYC", "TRANSACTION_MONITORING", "TRUST_SCORING", "FRAUD_SIGNALS");
    // Requests per minute per key.
    static final int TEST_RATE_LIMIT_PER_MINUTE = 120;
    static final int LIVE_RATE_LIMIT_PER_MINUTE = 1000;
    // Subscribe your webhook endpoint to these events.
    static final List<String> WEBHOOK_EVENTS = List.of("verification.submitted", "verification.in_review", "verification.rfi_requested", "verification.rfi_resolved", "verification.approved", "verification.declined", "report.signed", "report.published", "report.revoked", "report.expiring", "report.expired", "kyc.status_changed");
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    static final int MAX_RETRIES = 3;
    static final long RETRY_BASE_MILLISECONDS = 500;
    // A longer Retry-After (a spent monthly quota) is reported, not waited for.
    static final long RETRY_MAX_WAIT_SECONDS = 60;
    static final List<Integer> RETRY_ON_STATUS = List.of(429, 500, 502, 503, 504);

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    public static void main(String[] args) throws Exception {
        HttpResponse<String> res = keybs("GET", "/v1/verifications?limit=1", null);
        System.out.println("connected as " + INDUSTRY + ": HTTP " + res.statusCode());
    }

    /** Calls the API: retries 429 after Retry-After, 5xx and time-outs with backoff; a POST keeps one Idempotency-Key across its retries. */
    static HttpResponse<String> keybs(String method, String path, String jsonBody) throws IOException, InterruptedException {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(setting("KEYBS_BASE_URL") + path))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + setting("KEYBS_API_KEY"))
                .header("Accept", "application/json")
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody));
        if (jsonBody != null) {
            req.header("Content-Type", "application/json");
        }
        if (method.equals("POST")) {
            req.header("Idempotency-Key", UUID.randomUUID().toString());
        }
        HttpRequest request = req.build();
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> res;
            try {
                res = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (HttpTimeoutException e) {
                if (attempt >= MAX_RETRIES) {
                    throw e;
                }
                Thread.sleep(backoff(attempt));
                continue;
            }
            if (res.statusCode() < 400) {
                return res;
            }
            Long wait = null;
            if (RETRY_ON_STATUS.contains(res.statusCode())) {
                String header = res.headers().firstValue("Retry-After").orElse("");
                if (header.matches("\\d+")) {
                    long seconds = Long.parseLong(header);
                    wait = seconds <= RETRY_MAX_WAIT_SECONDS ? seconds * 1000 : null;
                } else {
                    wait = backoff(attempt);
                }
            }
            if (wait == null || attempt >= MAX_RETRIES) {
                // Every error has the envelope {"error": {"code", "message", "request_id"}}.
                throw new IOException("HTTP " + res.statusCode() + ": " + res.body());
            }
            Thread.sleep(wait);
        }
    }

    static long backoff(int attempt) {
        return (long) (RETRY_BASE_MILLISECONDS * Math.pow(2, attempt) * (0.5 + ThreadLocalRandom.current().nextDouble() / 2));
    }

    static String setting(String name) {
        String value = System.getenv(name);
        if (value == null || value.isEmpty()) {
            System.err.println("Set " + name + " in the environment.");
            System.exit(2);
        }
        return value;
    }
}
