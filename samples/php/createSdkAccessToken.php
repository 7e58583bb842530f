<?php
// Create an SDK access token: POST /v1/sdk/access-token (scope verification:create).
// redirect_url must be one of the application's callback URLs (portal). Send the end user to sdk_url (or embed it in an iframe).
//
// PHP 8 with the curl extension. Run:
//   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_API_KEY=kbs_test_… php samples/php/createSdkAccessToken.php

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

$ch = curl_init($baseUrl . '/v1/sdk/access-token');
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
        'external_user_id' => 'user_42',
        'email' => 'ops@acme.example',
        'flow_name' => 'default',
        'redirect_url' => 'https://acme.example/onboarding/done',
        'expires_in' => 3600,
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
$value = $body['sdk_url'];
echo is_string($value) ? $value : json_encode($value), PHP_EOL;
