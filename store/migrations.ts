/**
 * The history store's schema, as numbered migrations applied in order and recorded in
 * `schema_migrations`. Never edit a released migration: add the next number instead, so a
 * store written by an older unsprawl upgrades in place.
 *
 * Times are ISO-8601 UTC strings (they sort as text); months are YYYY-MM; money never appears
 * here outside JSON produced by the engine (pence).
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'snapshots, scenario runs, summary ledger, conversation references',
    sql: `
      CREATE TABLE estate_snapshots (
        id INTEGER PRIMARY KEY,
        as_of TEXT NOT NULL UNIQUE CHECK (as_of GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        month TEXT NOT NULL CHECK (month = substr(as_of, 1, 7)),
        source TEXT NOT NULL,
        server_count INTEGER NOT NULL CHECK (server_count >= 0),
        content_hash TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        imported_by TEXT NOT NULL
      );
      CREATE INDEX estate_snapshots_by_month ON estate_snapshots (month, as_of);

      -- One row per server, so a large import is many statements inside one transaction.
      CREATE TABLE snapshot_servers (
        snapshot_id INTEGER NOT NULL REFERENCES estate_snapshots (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        server_id TEXT NOT NULL,
        row_json TEXT NOT NULL,
        PRIMARY KEY (snapshot_id, server_id),
        UNIQUE (snapshot_id, position)
      );

      CREATE TABLE scenario_runs (
        id INTEGER PRIMARY KEY,
        inputs_hash TEXT NOT NULL,
        snapshot_id INTEGER REFERENCES estate_snapshots (id) ON DELETE SET NULL,
        scenario_json TEXT NOT NULL,
        assumptions_json TEXT NOT NULL,
        results_json TEXT NOT NULL,
        asked_by TEXT NOT NULL,
        channel TEXT NOT NULL,
        asked_at TEXT NOT NULL
      );
      CREATE INDEX scenario_runs_by_time ON scenario_runs (asked_at);
      CREATE INDEX scenario_runs_by_inputs ON scenario_runs (inputs_hash);

      -- The ledger: the primary key is the guarantee of one post per month per destination.
      CREATE TABLE summary_posts (
        month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'),
        destination TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('claimed', 'posted', 'failed', 'abandoned')),
        attempts INTEGER NOT NULL CHECK (attempts >= 1),
        claimed_by TEXT NOT NULL,
        lease_until TEXT NOT NULL,
        next_attempt_at TEXT,
        last_error TEXT,
        posted_at TEXT,
        message_ref TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (month, destination)
      );

      CREATE TABLE conversation_refs (
        platform TEXT NOT NULL CHECK (platform IN ('slack', 'teams')),
        key TEXT NOT NULL,
        label TEXT,
        reference_json TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (platform, key)
      );
    `,
  },
  {
    version: 2,
    name: 'chat deliveries seen, for de-duplicating platform retries',
    sql: `
      -- One row per chat delivery (Slack event/command/button, Teams activity) a bot instance took
      -- on. The primary key is the guarantee that of two instances, or a restarted one, exactly one
      -- answers a redelivery; rows are kept until expires_at, well past the platforms' retry window.
      CREATE TABLE chat_deliveries (
        platform TEXT NOT NULL CHECK (platform IN ('slack', 'teams')),
        delivery_id TEXT NOT NULL,
        claimed_by TEXT NOT NULL,
        claimed_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        PRIMARY KEY (platform, delivery_id)
      );
      CREATE INDEX chat_deliveries_by_expiry ON chat_deliveries (expires_at);
    `,
  },
];
