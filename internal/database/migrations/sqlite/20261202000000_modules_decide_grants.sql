-- +goose Up
-- Modules, not industries, decide what an application may be granted. Until
-- now an application could also grant its industry's preset scopes; give each
-- existing application the modules of that preset as well (kept with the ones
-- it chose), so that every scope its keys hold stays grantable and usable.
UPDATE `applications` SET `required_modules` = (
  SELECT json_group_array(`m`) FROM (
    SELECT `value` AS `m` FROM json_each(CASE WHEN json_type(`applications`.`required_modules`) = 'array' THEN `applications`.`required_modules` ELSE '[]' END)
    UNION
    SELECT `value` FROM json_each(CASE `applications`.`industry`
      WHEN 'FINTECH' THEN '["FRAUD_SIGNALS","KYC","TRANSACTION_MONITORING","TRUST_SCORING"]'
      WHEN 'PAYMENTS' THEN '["DISPUTES","ESCROW","FRAUD_SIGNALS","TRANSACTION_MONITORING"]'
      WHEN 'ECOMMERCE' THEN '["ESCROW","KYC","TRUST_BADGES"]'
      WHEN 'IGAMING' THEN '["FRAUD_SIGNALS","KYC","TRANSACTION_MONITORING"]'
      ELSE '[]' END)
    ORDER BY 1
  )
)
WHERE `industry` IN ('FINTECH', 'PAYMENTS', 'ECOMMERCE', 'IGAMING');
