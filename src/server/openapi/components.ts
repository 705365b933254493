// The API's named schemas: zod schemas registered here become `components.schemas` of the OpenAPI document (responses
// in their output form, request bodies in their input form) and routes refer to them by name; the same zod objects
// validate request bodies in the handlers and give the TypeScript types.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';

const responses = z.registry<{ id: string }>();
const bodies = z.registry<{ id: string }>();

/** Registers `schema` as the named response component `id` and returns it. */
export function responseComponent<T extends z.ZodType>(id: string, schema: T): T {
  responses.add(schema, { id });
  return schema;
}

/** Registers `schema` as the named request-body component `id` and returns it. */
export function bodyComponent<T extends z.ZodType>(id: string, schema: T): T {
  bodies.add(schema, { id });
  return schema;
}

/** A reference to a registered component, for a route schema (optionally with a description of this use). */
export function ref(schema: z.ZodType, description?: string): Record<string, unknown> {
  const id = responses.get(schema)?.id ?? bodies.get(schema)?.id;
  if (!id) throw new Error('ref() of a schema that is not a registered component');
  return { $ref: `${id}#`, ...(description ? { description } : {}) };
}

/** An object with exactly `keys`, each holding `value` (a JSON Schema with named properties, not a map). */
export function keyed<K extends string, V extends z.ZodType>(keys: readonly K[], value: V): z.ZodObject<{ [k in K]: V }> {
  return z.object(Object.fromEntries(keys.map((k) => [k, value])) as { [k in K]: V });
}

/** Adds every registered component to the app as a shared schema; @fastify/swagger lists them by name. */
export function installComponents(app: FastifyInstance): void {
  const all = [
    ...Object.entries(z.toJSONSchema(responses, { io: 'output', uri: (id) => `${id}#`, unrepresentable: 'any' }).schemas),
    ...Object.entries(z.toJSONSchema(bodies, { io: 'input', uri: (id) => `${id}#`, unrepresentable: 'any' }).schemas),
  ];
  for (const [id, schema] of all) {
    const { $schema: _drop, $id: _id, ...rest } = schema as Record<string, unknown>;
    app.addSchema({ ...rest, $id: id });
  }
}

/** Names the shared schemas by their `$id`, so that `components.schemas` has readable keys. */
export function componentName(json: Record<string, unknown>, _baseUri: unknown, _fragment: unknown, i: number): string {
  return typeof json.$id === 'string' ? json.$id : `def-${i}`;
}
