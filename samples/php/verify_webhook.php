<?php
// Verify a KeyBS webhook delivery: the same logic as seed 002's Node verify().
//
// X-KeyBS-Signature is t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">
// keyed with the endpoint's whole signing secret (whsec_…). Verify the raw
// body exactly as received (file_get_contents('php://input') in a web
// handler), before parsing it, and refuse a timestamp more than five minutes
// away (a replayed delivery).
//
// PHP 8. Run (the raw body on standard input):
//   KEYBS_WEBHOOK_SECRET=whsec_… KEYBS_WEBHOOK_SIGNATURE='t=…,v1=…' php samples/php/verify_webhook.php < body.json

function verify(string $secret, string $header, string $rawBody): bool
{
    $parts = explode(',', $header);
    if (count($parts) < 2 || !str_contains($parts[0], '=') || !str_contains($parts[1], '=')) {
        return false;
    }
    $ts = explode('=', $parts[0], 2)[1];
    $sig = explode('=', $parts[1], 2)[1];
    if (!ctype_digit($ts) || abs(time() - (int) $ts) > 300) { // replay
        return false;
    }
    $mac = hash_hmac('sha256', "$ts.$rawBody", $secret);
    return hash_equals($mac, $sig);
}

$ok = verify((string) getenv('KEYBS_WEBHOOK_SECRET'), (string) getenv('KEYBS_WEBHOOK_SIGNATURE'), file_get_contents('php://stdin'));
if (!$ok) {
    fwrite(STDERR, "invalid signature\n");
    exit(1);
}
echo "valid", PHP_EOL;
