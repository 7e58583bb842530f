<?php
// Industry starter .env: GET /v1/starter/{industry}.
//
// PHP 8 with the curl extension. Run:
//   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_INDUSTRY=… php samples/php/getStarterEnv.php

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
$industry = env('KEYBS_INDUSTRY');

$ch = curl_init($baseUrl . '/v1/starter/' . rawurlencode($industry));
curl_setopt_array($ch, [
    CURLOPT_CUSTOMREQUEST => 'GET',
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_TIMEOUT => 30,
    CURLOPT_HTTPHEADER => [
        'Accept: text/plain',
    ],
]);
$raw = curl_exec($ch);
if ($raw === false) {
    fwrite(STDERR, 'Request failed: ' . curl_error($ch) . "\n");
    exit(1);
}
$status = curl_getinfo($ch, CURLINFO_RESPONSE_CODE);
if ($status >= 400) {
    fwrite(STDERR, "$status: $raw\n");
    exit(1);
}
file_put_contents('keybs.env', $raw);
echo 'keybs.env', PHP_EOL;
