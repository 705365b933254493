// Compile-time checks that a schema's TypeScript type and a domain type are the same shape, so that the OpenAPI
// components and the types the code uses cannot drift apart (a renamed optional field fails too).

/** Flattens intersections and mapped types into one object type, recursively, so that equal shapes compare equal. */
type Flat<T> = T extends (infer U)[] ? Flat<U>[] : T extends readonly (infer U)[] ? Flat<U>[] : T extends object ? { [K in keyof T]: Flat<T[K]> } : T;

/** True when A and B are the same type once flattened. */
export type Same<A, B> = (<T>() => T extends Flat<A> ? 1 : 2) extends (<T>() => T extends Flat<B> ? 1 : 2) ? true : false;

/** Fails to compile unless T is true. */
export type Expect<T extends true> = T;
