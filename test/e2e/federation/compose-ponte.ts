import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { REVIEWS_SDL } from './reviews-subgraph';

export type Composition = ReturnType<typeof composeServices>;

/** Composes Ponte (the SDL its `_service { sdl }` answered) with the reviews subgraph, as rover would. */
export function composeWithReviews(ponte: { url: string; sdl: string }, reviewsUrl: string): Composition {
  return composeServices([
    { name: 'ponte', url: ponte.url, typeDefs: parse(ponte.sdl) },
    { name: 'reviews', url: reviewsUrl, typeDefs: REVIEWS_SDL },
  ]);
}
