// The canonical URL of an article: one key per article however the reader reached it, so a re-save
// updates the saved copy instead of adding a second one. Tracking parameters go, AMP and mobile
// variants fold into the plain page. Try: a link shared from Facebook (fbclid), a Google AMP result.

/** Query parameters that only say where a click came from. */
const TRACKING = /^(?:utm_\w+|fbclid|gclid|gclsrc|dclid|msclkid|yclid|twclid|igshid|mc_cid|mc_eid|_ga|_gl|_hsenc|_hsmi|mkt_tok|oly_enc_id|oly_anon_id|vero_id|wickedid|ref_src|ref_url|cmpid|ncid|ocid|sr_share|s_cid|smid|share|rss|at_medium|at_campaign|at_custom\d|ito|ftag|taid|__twitter_impression|amp|outputtype)$/i;

/** "m.example.com", "mobile.example.com", "amp.example.com" -> "example.com". */
const VARIANT_HOST = /^(?:m|mobile|amp)\.(?=[^.]+\.[^.]+)/i;

export function canonicalUrl(candidate: string | undefined, pageUrl: string): string {
  let url: URL;
  try {
    url = new URL(candidate || pageUrl, pageUrl);
  } catch {
    return pageUrl;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return pageUrl;
  url.hash = '';
  url.hostname = url.hostname.replace(VARIANT_HOST, '');
  for (const key of Array.from(url.searchParams.keys())) if (TRACKING.test(key)) url.searchParams.delete(key);
  // "/story/amp", "/story/amp/", "/amp/story", "/story.amp.html"
  url.pathname = url.pathname
    .replace(/\/amp\/?$/i, '/')
    .replace(/^\/amp\//i, '/')
    .replace(/\.amp(\.html?)$/i, '$1');
  return url.href;
}
