# Sourced by .ci/run: starts a throw-away PostgreSQL cluster on 127.0.0.1:${BURNOUT_TEST_PG_PORT:-55432} and exports
# BURNOUT_TEST_PG_URL (set BURNOUT_TEST_PG_PORT to run several checkouts side by side).
# Skips quietly (db tests then run on SQLite only) when PostgreSQL is not installed.
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
pg_port=${BURNOUT_TEST_PG_PORT:-55432}
if [ -n "$pg_bin" ]; then
  pg_dir=$(mktemp -d /tmp/burnout-pg.XXXXXX)
  chown postgres "$pg_dir" 2>/dev/null || true
  run_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
  run_pg "$pg_bin/initdb -D $pg_dir/data -A trust -U postgres >/dev/null"
  run_pg "$pg_bin/pg_ctl -D $pg_dir/data -o '-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1' -l $pg_dir/log -w start >/dev/null"
  export BURNOUT_TEST_PG_URL="postgres://postgres@127.0.0.1:$pg_port/postgres"
  trap 'run_pg "$pg_bin/pg_ctl -D $pg_dir/data -m fast stop >/dev/null" || true' EXIT
  echo "ci: PostgreSQL running for tests at 127.0.0.1:$pg_port"
else
  echo "ci: PostgreSQL not installed; db tests run on SQLite only"
fi
