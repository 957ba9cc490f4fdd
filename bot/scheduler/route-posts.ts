import type { PostPort } from './post-port.js';

/** One port over several platforms: each destination goes to its platform's poster, if configured. */
export function routePosts(posters: { slack?: PostPort; teams?: PostPort }): PostPort {
  return async (destination, answer, signal) => {
    const post = posters[destination.platform];
    if (!post) throw new Error(`${destination.platform} is not configured, so ${destination.key} cannot be posted to`);
    return post(destination, answer, signal);
  };
}
