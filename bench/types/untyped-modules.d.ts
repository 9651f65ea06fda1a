// Benchmark-only libraries that ship no types: only the calls bench/retrieval-libraries.ts makes.
declare module 'rbush' {
  export default class RBush<T> {
    load(items: T[]): this;
  }
}
declare module 'rbush-knn' {
  import type RBush from 'rbush';
  export default function knn<T>(tree: RBush<T>, x: number, y: number, k?: number, filter?: (item: T) => boolean, maxDistance?: number): T[];
}
declare module 'hepburn' {
  const hepburn: { fromKana(text: string): string };
  export default hepburn;
}
