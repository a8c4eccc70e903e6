# A throwaway PostgreSQL server for the replica tests and benchmarks: a cluster in a directory
# of ours, on a free loopback port, with a password (so the server's SCRAM path is exercised,
# as in production). Sourced; defines pg_start DIR (sets PG_URL) and pg_stop DIR. Writes are
# not flushed to disk (PG_FSYNC=off) unless PG_FSYNC=on: tests need no durability, benchmarks
# compare with SQLite, which flushes.
#
# Debian's `postgresql` package is installed when missing and we are root. PostgreSQL refuses
# to run as root, so as root the cluster belongs to the `postgres` user the package creates.

pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  if [ -z "$dir" ]; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "installing postgresql for the replica tests" >&2
      apt-get update -qq >/dev/null
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
      dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
    else
      echo "the replica tests need PostgreSQL (apt-get install postgresql)" >&2
      return 2
    fi
  fi
  echo "$dir"
}

# Runs a PostgreSQL program as the cluster's owner.
# From /, which every user may enter: PostgreSQL's programs look up their working directory.
pg_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    (cd / && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# pg_start DIR: a new cluster in DIR (a directory of its own, e.g. from mktemp -d, that the
# cluster's owner may reach), started; PG_URL points at its database `tenderlint`.
pg_start() {
  local dir=$1 bin port password
  bin=$(pg_bin) || return 2
  port=$(free_port)
  password=$(python3 -c 'import secrets; print(secrets.token_hex(16))')
  mkdir -p "$dir"
  printf '%s\n' "$password" >"$dir/password"
  if [ "$(id -u)" -eq 0 ]; then chown -R postgres: "$dir"; fi
  pg_as_owner "$bin/initdb" -D "$dir/data" -U tenderlint --pwfile="$dir/password" \
    --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --no-sync >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; return 1; }
  pg_as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=${PG_FSYNC:-off}" start >/dev/null \
    || { cat "$dir/server.log" >&2; return 1; }
  pg_as_owner "$bin/createdb" -h "$dir" -p "$port" -U tenderlint tenderlint
  echo "$port" >"$dir/port"
  PG_URL="postgres://tenderlint:$password@127.0.0.1:$port/tenderlint"
  export PG_URL
}

# pg_ctl_cluster DIR ACTION: stop or start the cluster of DIR again (to take the database away
# and bring it back).
pg_ctl_cluster() {
  local dir=$1 action=$2 bin port
  bin=$(pg_bin) || return 2
  port=$(cat "$dir/port")
  pg_as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -m fast \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=${PG_FSYNC:-off}" "$action" >/dev/null
}

# pg_stop DIR: stops the cluster of DIR if it runs.
pg_stop() {
  local dir=$1 bin
  [ -f "$dir/data/postmaster.pid" ] || return 0
  bin=$(pg_bin) || return 0
  pg_as_owner "$bin/pg_ctl" -D "$dir/data" -w -t 60 -m fast stop >/dev/null 2>&1 || true
}
