-- +goose Up
-- Modules, not industries, decide what an application may be granted. Until
-- now an application could also grant its industry's preset scopes; give each
-- existing application the modules of that preset as well (kept with the ones
-- it chose), so that every scope its keys hold stays grantable and usable.
UPDATE "applications" SET "required_modules" = (
  SELECT jsonb_agg("m" ORDER BY "m" COLLATE "C") FROM (
    SELECT jsonb_array_elements_text(CASE WHEN jsonb_typeof("applications"."required_modules") = 'array' THEN "applications"."required_modules" ELSE '[]'::jsonb END) AS "m"
    UNION
    SELECT jsonb_array_elements_text(CASE "applications"."industry"
      WHEN 'FINTECH' THEN '["FRAUD_SIGNALS","KYC","TRANSACTION_MONITORING","TRUST_SCORING"]'::jsonb
      WHEN 'PAYMENTS' THEN '["DISPUTES","ESCROW","FRAUD_SIGNALS","TRANSACTION_MONITORING"]'::jsonb
      WHEN 'ECOMMERCE' THEN '["ESCROW","KYC","TRUST_BADGES"]'::jsonb
      WHEN 'IGAMING' THEN '["FRAUD_SIGNALS","KYC","TRANSACTION_MONITORING"]'::jsonb
      ELSE '[]'::jsonb END)
  ) AS "u"
)
WHERE "industry" IN ('FINTECH', 'PAYMENTS', 'ECOMMERCE', 'IGAMING');
