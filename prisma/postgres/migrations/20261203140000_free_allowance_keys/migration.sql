-- Free periods' allowance grants get their own key namespace ("allowance:free:<period start>"): a paid
-- period starting in the same instant as a Free one shared its key and was granted nothing. Free grants
-- are the unsuffixed allowance keys of 100 credits (paid periods grant 1,000 or 2,500; upgrades add ":PLAN").
UPDATE "CreditBucket"
SET "grantKey" = 'allowance:free:' || substr("grantKey", 11)
WHERE "source" = 'PLAN_ALLOWANCE' AND "granted" = 100 AND "grantKey" LIKE 'allowance:%Z';
