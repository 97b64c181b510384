"""Exit 0 when the PostgreSQL and Redis URLs given both answer, 1 otherwise."""

import sys

import psycopg
import redis


def reachable(postgres_url, redis_url):
    try:
        psycopg.connect(postgres_url, connect_timeout=3).close()
        redis.Redis.from_url(redis_url, socket_connect_timeout=3).ping()
    except (psycopg.Error, redis.RedisError) as error:
        print(f"not reachable: {error}".strip(), file=sys.stderr)
        return False
    return True


if __name__ == "__main__":
    sys.exit(0 if reachable(sys.argv[1], sys.argv[2]) else 1)
