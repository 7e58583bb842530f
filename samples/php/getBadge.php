<?php
// Hosted badge: GET /badge/{verificationId}.
//
// PHP 8 with the curl extension. Run:
//   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_VERIFICATION_ID=… php samples/php/getBadge.php

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

$ch = curl_init($baseUrl . '/badge/' . rawurlencode($verificationId));
curl_setopt_array($ch, [
    CURLOPT_CUSTOMREQUEST => 'GET',
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_TIMEOUT => 30,
    CURLOPT_HTTPHEADER => [
        'Accept: text/html',
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
file_put_contents('badge.html', $raw);
echo 'badge.html', PHP_EOL;
