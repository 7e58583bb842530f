<?php
// Industry starter client: GET /v1/starter/{industry}/{lang}.
// KEYBS_STARTER_LANG is javascript (the client.mjs saved here), python, php, java or go: name the file to match (client.py, client.php, Client.java, client.go).
//
// PHP 8 with the curl extension. Run:
//   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_INDUSTRY=… KEYBS_STARTER_LANG=… php samples/php/getStarterClient.php

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
$starterLang = env('KEYBS_STARTER_LANG');

$ch = curl_init($baseUrl . '/v1/starter/' . rawurlencode($industry) . '/' . rawurlencode($starterLang));
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
file_put_contents('client.mjs', $raw);
echo 'client.mjs', PHP_EOL;
