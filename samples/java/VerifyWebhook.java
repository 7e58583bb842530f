// Verify a KeyBS webhook delivery: the same logic as seed 002's Node verify().
//
// X-KeyBS-Signature is t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">
// keyed with the endpoint's whole signing secret (whsec_…). Verify the raw
// body exactly as received, before parsing it, and refuse a timestamp more
// than five minutes away (a replayed delivery).
//
// Java 17. Run (the raw body on standard input):
//   KEYBS_WEBHOOK_SECRET=whsec_… KEYBS_WEBHOOK_SIGNATURE='t=…,v1=…' java samples/java/VerifyWebhook.java < body.json
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

public class VerifyWebhook {
    static boolean verify(String secret, String header, byte[] rawBody) throws Exception {
        String[] parts = header.split(",");
        if (parts.length < 2 || !parts[0].contains("=") || !parts[1].contains("=")) {
            return false;
        }
        String ts = parts[0].split("=", 2)[1];
        String sig = parts[1].split("=", 2)[1];
        long t;
        try {
            t = Long.parseLong(ts);
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(System.currentTimeMillis() / 1000 - t) > 300) { // replay
            return false;
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((ts + ".").getBytes(StandardCharsets.UTF_8));
        String expected = HexFormat.of().formatHex(mac.doFinal(rawBody));
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), sig.getBytes(StandardCharsets.UTF_8));
    }

    public static void main(String[] args) throws Exception {
        String secret = System.getenv().getOrDefault("KEYBS_WEBHOOK_SECRET", "");
        String header = System.getenv().getOrDefault("KEYBS_WEBHOOK_SIGNATURE", "");
        if (!verify(secret, header, System.in.readAllBytes())) {
            System.err.println("invalid signature");
            System.exit(1);
        }
        System.out.println("valid");
    }
}
