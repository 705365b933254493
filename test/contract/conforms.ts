// Type-level checks for the generated-client test: a type the dashboard reads conforms to what the OpenAPI document
// promises when the documented type is assignable to it and it names no field (at any depth) the document lacks.

/** Every field path of T ("risk.level", "items.id"; arrays and null are looked through). */
export type DeepKeys<T, P extends string = ''> =
  T extends readonly (infer U)[] ? DeepKeys<U, P>
  : T extends object ? { [K in keyof T & string]-?: `${P}${K}` | DeepKeys<NonNullable<T[K]>, `${P}${K}.`> }[keyof T & string]
  : never;

/** True when the client type C can be read from the documented type S and names no field S lacks. */
export type Conforms<S, C> = [S] extends [C] ? ([Exclude<DeepKeys<C>, DeepKeys<S>>] extends [never] ? true : false) : false;

/** True when the client's request body C is assignable to the documented body S and names no field S lacks. */
export type Sends<S, C> = [C] extends [S] ? ([Exclude<DeepKeys<C>, DeepKeys<S>>] extends [never] ? true : false) : false;

/** Fails to compile unless T is true. */
export type Expect<T extends true> = T;
