<?php
// KeyBS starter client for Payments: PHP 8, curl.
// The configuration below is the one KeyBS recommends for Payments; the same
// values are in keybs-payments.env. Run:
//
//   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_API_KEY=kbs_test_… php client.php

const KEYBS_CONFIG = [
    'industry' => 'payments',
    // Give your key these scopes (the Payments preset) and enable these modules on its application.
    'scopes' => ['verification:create', 'verification:read', 'document:create', 'report:read', 'webhook:manage', 'transaction:check', 'escrow:initiate', 'fraud:score', 'disputes:open'],
    'modules' => ['TRANSACTION_MONITORING', 'ESCROW', 'FRAUD_SIGNALS', 'DISPUTES'],
    // Requests per minute per key.
    'rate_limit_per_minute' => ['test' => 120, 'live' => 1000],
    // Subscribe your webhook endpoint to these events.
    'webhook_events' => ['verification.submitted', 'verification.in_review', 'verification.rfi_requested', 'verification.rfi_resolved', 'verification.approved', 'verification.declined', 'report.signed', 'report.published', 'report.revoked', 'report.expiring', 'report.expired', 'escrow.released', 'dispute.updated'],
    'timeout_seconds' => 30,
    'max_retries' => 3,
    'retry_base_milliseconds' => 500,
    // A longer Retry-After (a spent monthly quota) is reported, not waited for.
    'retry_max_wait_seconds' => 60,
    'retry_on_status' => [429, 500, 502, 503, 504],
];

function setting(string $name): string
{
    $value = getenv($name);
    if ($value === false || $value === '') {
        fwrite(STDERR, "Set $name in the environment.\n");
        exit(2);
    }
    return $value;
}

// keybs calls the API: retries 429 after Retry-After, 5xx and time-outs with
// backoff; a POST keeps one Idempotency-Key across its retries.
function keybs(string $method, string $path, ?array $body = null): array
{
    $headers = ['Authorization: Bearer ' . setting('KEYBS_API_KEY'), 'Accept: application/json'];
    if ($body !== null) {
        $headers[] = 'Content-Type: application/json';
    }
    if ($method === 'POST') {
        $headers[] = 'Idempotency-Key: ' . bin2hex(random_bytes(16));
    }
    for ($attempt = 0; ; $attempt++) {
        $retryAfter = null;
        $ch = curl_init(setting('KEYBS_BASE_URL') . $path);
        curl_setopt_array($ch, [
            CURLOPT_CUSTOMREQUEST => $method,
            CURLOPT_HTTPHEADER => $headers,
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_TIMEOUT => KEYBS_CONFIG['timeout_seconds'],
            CURLOPT_HEADERFUNCTION => function ($ch, $line) use (&$retryAfter) {
                if (preg_match('/^Retry-After:\s*(\d+)/i', $line, $m)) {
                    $retryAfter = (int) $m[1];
                }
                return strlen($line);
            },
        ]);
        if ($body !== null) {
            curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode($body));
        }
        $raw = curl_exec($ch);
        $status = curl_getinfo($ch, CURLINFO_RESPONSE_CODE);
        $error = curl_error($ch);
        curl_close($ch);
        if ($raw === false) {
            if ($attempt >= KEYBS_CONFIG['max_retries']) {
                throw new RuntimeException($error);
            }
            usleep(backoff($attempt) * 1000);
            continue;
        }
        if ($status < 400) {
            return json_decode($raw, true);
        }
        $wait = null;
        if (in_array($status, KEYBS_CONFIG['retry_on_status'], true)) {
            if ($retryAfter === null) {
                $wait = backoff($attempt);
            } elseif ($retryAfter <= KEYBS_CONFIG['retry_max_wait_seconds']) {
                $wait = $retryAfter * 1000;
            }
        }
        if ($wait === null || $attempt >= KEYBS_CONFIG['max_retries']) {
            // Every error has the envelope {"error": {"code", "message", "request_id"}}.
            $e = json_decode($raw, true)['error'] ?? [];
            throw new RuntimeException("$status " . ($e['code'] ?? '') . ': ' . ($e['message'] ?? '') . ' (request ' . ($e['request_id'] ?? '') . ')');
        }
        usleep((int) $wait * 1000);
    }
}

function backoff(int $attempt): int
{
    return (int) (KEYBS_CONFIG['retry_base_milliseconds'] * (2 ** $attempt) * (0.5 + mt_rand() / mt_getrandmax() / 2));
}

if (realpath($argv[0] ?? '') === __FILE__) {
    $page = keybs('GET', '/v1/verifications?limit=1');
    echo 'connected as ' . KEYBS_CONFIG['industry'] . ': ' . count($page['data']) . " verification(s) on the first page\n";
}
