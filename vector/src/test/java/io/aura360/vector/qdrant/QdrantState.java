package io.aura360.vector.qdrant;

import io.grpc.Status;
import io.qdrant.client.grpc.Collections.CreateCollection;
import io.qdrant.client.grpc.Points.PointStruct;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the Qdrant stand-in keeps: collections (their create request, payload indexes and points, ordered by id
 * as Qdrant scrolls them) and aliases. Names given to point operations may be aliases, as in Qdrant.
 */
final class QdrantState {

    record StoredCollection(CreateCollection config, Map<String, PointStruct> points, Map<String, Integer> indexes) {}

    final Map<String, StoredCollection> collections = new ConcurrentHashMap<>();

    final Map<String, String> aliases = new ConcurrentHashMap<>();

    StoredCollection create(CreateCollection config) {
        String name = config.getCollectionName();
        if (collections.containsKey(name) || aliases.containsKey(name)) {
            throw Status.ALREADY_EXISTS
                    .withDescription("Collection `" + name + "` already exists!")
                    .asRuntimeException();
        }
        StoredCollection collection = new StoredCollection(config, new TreeMap<>(), new ConcurrentHashMap<>());
        collections.put(name, collection);
        return collection;
    }

    StoredCollection resolve(String nameOrAlias) {
        StoredCollection collection = collections.get(aliases.getOrDefault(nameOrAlias, nameOrAlias));
        if (collection == null) {
            throw Status.NOT_FOUND
                    .withDescription("Collection `" + nameOrAlias + "` doesn't exist!")
                    .asRuntimeException();
        }
        return collection;
    }

    static String key(io.qdrant.client.grpc.Common.PointId id) {
        return id.hasUuid() ? id.getUuid() : Long.toString(id.getNum());
    }
}
