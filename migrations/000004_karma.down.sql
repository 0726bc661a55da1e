DROP TABLE IF EXISTS karma_ledger;
