<?php
// Rotate an API key: POST /v1/api-keys/{id}/rotate.
// The old key keeps working for the grace period; the successor's secret (key) is in this answer only.
//
// PHP 8 with the curl extension. Run:
//   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_PORTAL_TOKEN=eyJ… KEYBS_KEY_ID=… php samples/php/rotateApiKey.php

function env(string $name): string
{
    $value = getenv($name);
    if ($value === false || $value === '') {
        fwrite(STDERR, "Set $name in the environment.\n");
        exit(2);
    }
    return $value;
}

$baseUrl = env('KEYBS_BASE_URL');
$portalToken = env('KEYBS_PORTAL_TOKEN');
$keyId = env('KEYBS_KEY_ID');

$ch = curl_init($baseUrl . '/v1/api-keys/' . rawurlencode($keyId) . '/rotate');
curl_setopt_array($ch, [
    CURLOPT_CUSTOMREQUEST => 'POST',
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_TIMEOUT => 30,
    CURLOPT_HTTPHEADER => [
        "Authorization: Bearer $portalToken",
        'Accept: application/json',
        'Content-Type: application/json',
    ],
    CURLOPT_POSTFIELDS => json_encode([
        'grace_period' => '1h',
    ], JSON_UNESCAPED_SLASHES),
]);
$raw = curl_exec($ch);
if ($raw === false) {
    fwrite(STDERR, 'Request failed: ' . curl_error($ch) . "\n");
    exit(1);
}
$status = curl_getinfo($ch, CURLINFO_RESPONSE_CODE);
$body = json_decode($raw, true);
if ($status >= 400) {
    // Every error has the envelope {"error": {"code", "message", "request_id"}}.
    $err = $body['error'];
    fwrite(STDERR, "$status {$err['code']}: {$err['message']} (request {$err['request_id']})\n");
    exit(1);
}
$value = $body['id'];
echo is_string($value) ? $value : json_encode($value), PHP_EOL;
