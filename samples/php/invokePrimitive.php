<?php
// Invoke a primitive: POST /v1/primitives/{primitiveId} (scope invoke:primitives).
// The other primitives are screening.entity, document.check and device_intel.ip; the demo list's names, such as Ivan Sidorov, give a possible match.
//
// PHP 8 with the curl extension. Run:
//   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_API_KEY=kbs_test_… php samples/php/invokePrimitive.php

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
$apiKey = env('KEYBS_API_KEY');

$ch = curl_init($baseUrl . '/v1/primitives/screening.individual');
curl_setopt_array($ch, [
    CURLOPT_CUSTOMREQUEST => 'POST',
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_TIMEOUT => 30,
    CURLOPT_HTTPHEADER => [
        "Authorization: Bearer $apiKey",
        'Accept: application/json',
        'Content-Type: application/json',
    ],
    CURLOPT_POSTFIELDS => json_encode([
        'name' => 'Ivan Sidorov',
        'country' => 'RU',
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
$value = $body['result'];
echo is_string($value) ? $value : json_encode($value), PHP_EOL;
