import { Client, cacheExchange, fetchExchange } from '@urql/core';
import { CSRF_HEADER, csrfToken } from './csrf';

export function createKakanaiClient(): Client {
  return new Client({
    url: '/graphql',
    exchanges: [cacheExchange, fetchExchange],
    // The server only accepts POST (GET queries would skip the CSRF check).
    preferGetMethod: false,
    // Evaluated per request so the header follows the cookie across login and logout.
    fetchOptions: () => ({
      credentials: 'same-origin',
      headers: { [CSRF_HEADER]: csrfToken() },
    }),
  });
}
