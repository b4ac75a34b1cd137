-- Second line of defence for the ledger on PostgreSQL: balances never go below zero and a bucket
-- never holds (remaining + reserved) more than it was granted. Applied after `prisma migrate deploy` by
-- prisma/scripts/apply-guards.mjs, because Prisma can neither run dollar-quoted function bodies in a
-- migration (it splits statements on ";") nor introspect CHECK constraints (migrate diff crashes).
-- SQLite has the same rules as CHECK constraints in its migrations. Idempotent.
CREATE OR REPLACE FUNCTION "tally_wallet_nonnegative"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."available" < 0 OR NEW."held" < 0 OR NEW."capUsed" < 0 OR NEW."dayUsed" < 0 THEN
    RAISE EXCEPTION 'wallet % would go negative', NEW."userId" USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;

CREATE OR REPLACE FUNCTION "tally_bucket_in_range"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."remaining" < 0 OR NEW."held" < 0 OR NEW."remaining" + NEW."held" > NEW."granted" THEN
    RAISE EXCEPTION 'bucket % out of range', NEW."id" USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;

CREATE OR REPLACE FUNCTION "tally_allocation_positive"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."amount" <= 0 THEN
    RAISE EXCEPTION 'allocation of hold % must be positive', NEW."holdId" USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;

CREATE OR REPLACE TRIGGER "Wallet_nonnegative" BEFORE INSERT OR UPDATE ON "Wallet"
  FOR EACH ROW EXECUTE FUNCTION "tally_wallet_nonnegative"();
CREATE OR REPLACE TRIGGER "CreditBucket_in_range" BEFORE INSERT OR UPDATE ON "CreditBucket"
  FOR EACH ROW EXECUTE FUNCTION "tally_bucket_in_range"();
CREATE OR REPLACE TRIGGER "HoldAllocation_positive" BEFORE INSERT OR UPDATE ON "HoldAllocation"
  FOR EACH ROW EXECUTE FUNCTION "tally_allocation_positive"();
