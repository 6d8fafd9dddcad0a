"""Django's Redis cache, keeping one Redis client per connection pool.

Django's backend builds a new redis-py client object for every cache operation; a page makes
several, and building a client costs more than the round trip to Redis on the same host. The
clients share the backend's connection pools, as before, and are thread-safe."""

from django.core.cache.backends import redis as django_redis


class RedisCacheClient(django_redis.RedisCacheClient):
    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        clients = self.__dict__.setdefault("_clients_by_pool", {})
        if index not in clients:
            clients[index] = self._client(connection_pool=self._get_connection_pool(write))
        return clients[index]


class RedisCache(django_redis.RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient
