<?php
// Signed report: GET /r/{verificationId}.json.
//
// PHP 8 with the curl extension. Run:
//   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_VERIFICATION_ID=… php samples/php/getSignedReport.php

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
$verificationId = env('KEYBS_VERIFICATION_ID');

$ch = curl_init($baseUrl . '/r/' . rawurlencode($verificationId) . '.json');
curl_setopt_array($ch, [
    CURLOPT_CUSTOMREQUEST => 'GET',
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_TIMEOUT => 30,
    CURLOPT_HTTPHEADER => [
        'Accept: application/json',
    ],
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
$value = $body['digest'];
echo is_string($value) ? $value : json_encode($value), PHP_EOL;
