// Every page-furniture pattern the extractor knows, as data in one table (Readability's REGEXPS
// style), so a new outlet's noise is a one-line change here, not a new branch in the code. The
// modules under prepare/ and cleanup/ read these; each entry says what it catches.
// Case-insensitive patterns carry the `u` flag only when they need \p{...}: V8 runs /iu with \b
// about 80 times slower than /i, and these run on every line of every article.

export const REGEXPS = {
  /** Ends like a sentence (also after a closing quote or bracket): real prose, not a label. */
  finalPunctuation: /[.!?…:;"'”’»)\]]$/u,
  /** Ends a sentence of prose: ".", "!", "?" or "…", then perhaps a closing quote or bracket. */
  sentenceEnd: /[.!?…]["'”’»)\]]*$/u,

  // ---- whole lines that are page furniture (matched against one trimmed paragraph) ----
  /** "By Elena Marsh", "Posted by TrendPulse Staff | October 15, 2025", "Words by A and B". */
  byline: /^(?:(?:posted|written|words|reporting|story|photos?|text)\s+)?by\s+\S.{0,100}$/i,
  /** Blog templates' author slot: "Admin" (seed 003). */
  adminLine: /^(?:admin|administrator|webmaster|superuser)$/i,
  /** "Updated on:", "Published: 13 March 2025 12:55", "Last updated 2 hours ago". */
  dateLine: /^(?:(?:last\s+)?updated|published|posted|modified|first published|created)(?:\s+(?:on|at))?\s*:?\s*[\p{L}\p{N}\s,.:/+-]{0,50}$/iu,
  /** A bare date or time: "15 October 2025 07:15", "Wed 15 Oct 2025 05.30 BST", "March 13, 2025". */
  bareDate: /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?,?\s+\d{4}|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2})(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,5})?)?$/i,
  /** "Source link" under aggregated posts (seed 003), "Source: Reuters", "Via: AP". */
  sourceLine: /^(?:source(?:\s+link)?|original\s+source|via)(?:\s*:\s*.{0,60})?$/i,
  /** "Read more: ...", "Related: ...", "See also ...", "Continue reading" (story p03), "SEE MORE: ..."
   *  (express.co.uk), "[Related: ...]" (crn.com), "Also: See Black Friday coverage at CNET",
   *  "(Leggi anche su: ...)", "Continue Reading Below" (foxbusiness.com). */
  readMore: /^[\[(]?(?:read\s+(?:more|also|next|this)|see\s+more|also|leggi\s+anche(?:\s+su)?|lesen\s+sie\s+auch|lire\s+aussi|leia\s+também|lea\s+también|related(?:\s+(?:stories|articles|coverage|content|reading|news))?|see\s+also|more\s+on\s+this(?:\s+story)?|recommended(?:\s+for\s+you)?|continue\s+reading(?:\s+below)?|click\s+here\s+to\s+read|also\s+read|must\s+read)(?:\s*[:»›>|–—-]\s*.{0,160}|\s*[.…]*)$/i,
  /** "Advertisement", "ADVERTISEMENT", "Story continues below advertisement", "Sponsored content". */
  advertisement: /^(?:advertisement|advertising|advert|ad|ads|sponsored(?:\s+content)?|promoted(?:\s+content)?|paid\s+content|partner\s+content|story\s+continues\s+below(?:\s+advertisement)?|article\s+continues\s+below(?:\s+advertisement)?|scroll\s+to\s+continue(?:\s+with\s+content)?)$/i,
  /** A line labelled as paid: "Sponsored: Smoke alarms from just £9.99" (story p03). */
  sponsoredPrefix: /^(?:sponsored|advertisement|promoted|ad|partner)\s*[:|–—-]\s*/i,
  /** Newsletter boxes: "Sign up for our daily newsletter", "Subscribe to get the morning briefing". */
  newsletter: /\b(?:sign\s+up|subscribe|get\s+(?:our|the)|delivered\s+to\s+your\s+inbox)\b.{0,80}\b(?:newsletters?|inbox|briefing|digest)\b/i,
  /** Cookie banners: "We and our partners use cookies to personalise content". */
  cookie: /\bcookies?\b.{0,120}\b(?:accept|consent|personalis|personaliz|partners|preferences|privacy|agree)|\b(?:accept|manage)\b.{0,40}\bcookies?\b/i,
  /** Share rows: "Share", "Share this:", "Facebook X Email". */
  share: /^(?:share(?:\s+(?:this|on|article|story|via))?(?:\s*:)?|tweet|email|print|facebook|twitter|x|whatsapp|linkedin|pinterest|reddit|copy\s+link|comments?)(?:\s+(?:facebook|twitter|x|email|whatsapp|linkedin|pinterest|reddit|print|copy\s+link))*$/i,
  /** Photo credits and gallery controls: "Photo: Meg Kinnard, AP", "Image 1 of / 5", "Caption", "Close". */
  photoCredit: /^(?:photo|image|picture|illustration|video|graphic|credit|photograph)s?\s*(?:credit)?\s*:\s*.{0,80}$/i,
  galleryControl: /^(?:(?:image|photo|slide)\s+\d+\s+of\s*\/?\s*\d*|caption|close|open|next|prev(?:ious)?|expand|collapse|hide caption|toggle caption|enlarge this image|view gallery)$/i,
  /** No letter or digit at all: "___" separators, a lone zero-width space (jeongdongtheater.com). */
  noWords: /^[^\p{L}\p{N}]*$/u,
  /** A bare photo count between paragraphs ("6" on thesun.co.uk galleries); table cells keep theirs. */
  counter: /^\d{1,3}$/u,
  /** Reader call-outs: "Do you have photos or a story about the fire?" (story p02). */
  callout: /^(?:do\s+you\s+have|have\s+you\s+got|got)\s+(?:a\s+)?(?:photos?|videos?|pictures?|a\s+story|information|a\s+news\s+tip|a\s+tip)\b.{0,120}$/i,
  /** The call-out's contact line: "Email the Mercury newsroom at news@… or call 01632 960 417." */
  calloutContact: /^(?:email|e-mail|contact|call|message|whatsapp|send)\b.{0,60}\b(?:newsroom|news\s+desk|newsdesk|editor|reporters?|us)\b.{0,80}(?:@|\bcall\b|\d{3})/i,
  /** "Tags: Port Brennick, ..." (story p03): the label of a tag line. */
  tagLabel: /^(?:tags?|tagged(?:\s+with)?|topics?|filed\s+under|categories|keywords)\s*:\s*/i,
  /** A picture's credit, alone or closing its caption: "(Image: GETTY)", "(Image credit: Blue
   *  Origin)" (express.co.uk, space.com), "...sought treatmentCredit: EPA" (thesun.co.uk),
   *  "Sakib Ali/Hindustan Times/Getty Images", "Image copyright Reuters" (bbc.co.uk), "© Aaron
   *  Schwartz", "Courtesy of Andrew Vaughan". */
  pictureCredit: /(?:\((?:images?|photos?|pictures?|credit)(?:\s+credit)?\s*:[^)]{1,80}\)|credit\s*:\s*[^.!?]{1,60}|\bgetty(?:\s+images)?)\s*$|^(?:image|photo|picture)\s+(?:copyright|credit)\b|^courtesy\s+of\s+[^.!?]{1,60}$|^[©ⓒ]/i,
  /** An agency's picture credit closing a caption, in capitals so "(ePA)" in a sentence is not one:
   *  "(AP Photo/Alan Diaz, File)", "J. Scott Applewhite / AP file", "...in New York.Reuters". */
  agencyCredit: /(?:\((?:AP|AFP|Reuters|Getty|EPA)\b[^)]{0,60}\)|\/\s*(?:AP|AFP|Reuters|EPA)(?:\s+[Ff]ile)?|(?<=\p{Ll}[.!?])(?:AP|AFP|Reuters|EPA))\s*$/u,
  /** A news agency or wire alone on a line, as a credit: "Associated Press", "Reuters", "Detroit
   *  News wire services". */
  agencyLine: /^(?:(?:the\s+)?associated\s+press|reuters|ap|afp|epa|upi|dpa|ansa|pa\s+media|[\p{L}\s]{0,30}\bwire\s+services?)$/iu,
  /** A wire reporter's credit without "By": "Tom Krisher, Ap Auto Writer", "Meg Kinnard and Errin
   *  Haines, Associated Press" (the AP copy on Hearst sites), "Opinion Columnist" (nytimes.com). */
  staffLine: /^(?:(?:[\p{L}.'-]+\s+){1,4}[\p{L}.'-]+(?:\s+and\s+(?:[\p{L}.'-]+\s+){1,3}[\p{L}.'-]+)?,\s+(?:(?:ap|associated\s+press|reuters|afp)\b[\p{L}\s]{0,40}|[\p{L}\s]{0,40}\b(?:writer|correspondent|reporter|editor|columnist))|(?:opinion\s+|guest\s+)?(?:columnist|contributor))$/iu,
  /** Who else reported: "Additional reporting by Joseph Hudak", "(Reporting by Greg Roumeliotis...;
   *  editing by ...)", "Keith Bradsher contributed reporting from Hong Kong." (nytimes.com), "Fox
   *  News' Jessica Napoli contributed to this report." */
  reportingCredit: /^\(?(?:additional\s+)?(?:reporting|writing|editing)\s+by\b|\b(?:contributed|contributing)\s+(?:reporting|to\s+this\s+(?:report|story|article))\b/i,
  /** "Copyright ⓒ Entermedia.co.kr.", "The contents of this site are ©2019 Capitol Hill Publishing"
   *  (thehill.com), "This document is subject to copyright." (phys.org), "All rights reserved." */
  copyright: /^(?:copyright|\(c\))\b|\ball\s+rights\s+reserved\b|\bsubject\s+to\s+copyright\b|\bthe\s+contents\s+of\s+this\s+site\s+are\b/i,
  /** How to reach the writer: "Email Tariq Malik at tmalik@space.com or follow him @tariqjmalik."
   *  (space.com), "Write to Al Root at allen.root@dowjones.com" (barrons.com), "Amy Kuperinsky may
   *  be reached at ..." (nj.com), "twitter.com/paultakahashi" (chron.com). A tweet quoted in the
   *  article ("... pic.twitter.com/MYwRz9euaq", vox.com) is not one. */
  contact: /[\w.+-]+@[\w-]+\.[a-z]{2,}|^(?:https?:\/\/)?(?:www\.)?twitter\.com\/\w+$|\bfollow\s+(?:us|him|her|them|me)\s+(?:on|at|@)|\bmay\s+be\s+reached\s+at\b|^write\s+to\s+\S+\s+\S+\s+at\b/i,
  /** Stand-ins for media the reader's page shows: "Media playback is unsupported on your device"
   *  (bbc.co.uk), "This slideshow requires JavaScript." (WordPress), "Loading content ...",
   *  "Text size" (barrons.com's font control). */
  mediaPlaceholder: /^(?:media\s+playback\s+is\s+unsupported\s+on\s+your\s+device|this\s+(?:slideshow|video|content|feature|gallery)\s+requires\s+javascript|(?:please\s+)?enable\s+javascript\b.{0,60}|loading(?:\s+content)?|text\s+size)[\s.…]*$/i,
  /** Promotions that ask for a click: "GET FOX BUSINESS ON THE GO BY CLICKING HERE", "... 12 issues
   *  for £11.99. Click here for more information." (morebikes.co.uk). A blog's own "Click here to
   *  download this game." is left: the benchmark counts it as the post's text. */
  clickHere: /\bby\s+clicking\s+here\b|\bclick\s+here\s+for\s+more\s+information\b/i,
  /** Subscription prompts the newsletter pattern misses: "SUBSCRIBE", "Subscribe to WIRED and stay
   *  smart...", "Get breaking news alerts and special reports. The news and stories that matter,
   *  delivered weekday mornings." and "Let our news meet your inbox." (nbcnews.com), "Every day we
   *  send an email with the top stories from Digg." */
  subscribePrompt: /^subscribe\b|\bdelivered\s+(?:to\s+your\s+inbox|(?:every\s+|each\s+)?(?:weekday\s+)?mornings?)\b|\b(?:meet|straight\s+to)\s+your\s+inbox\b|\bnews\s+alerts\b|\bwe\s+(?:send|e-?mail)\s+(?:you\s+)?an?\s+e-?mail\b/i,
  /** The label over a block of other stories: "DON'T MISS" (express.co.uk), "More from UK"
   *  (news.sky.com), "More Great WIRED Stories", "RECENT ARTICLES", "POPULAR THIS WEEK", "You may
   *  also like...", "More Business News" (chron.com), "Want more stories like this?" (digg.com). */
  moreStories: /^(?:don'?t\s+miss|you\s+(?:may|might)\s+(?:also\s+)?(?:like|enjoy)|more\s+(?:great\s+)?(?:\w+\s+){0,2}(?:stories|news|articles|coverage|videos)|more\s+(?:from|in)\s+[\w\s&]{1,30}|(?:most\s+)?(?:popular|read|viewed|shared)(?:\s+(?:this\s+week|now|today|stories|articles))?|recent\s+(?:articles|posts|stories)|(?:top|latest|trending)\s+(?:stories|news|articles|now)|trending|want\s+more\s+stories\s+like\s+this|related\s+(?:stories|articles|posts|links|topics))[\s.…:!?]*$/i,
  /** The words a date-and-time line is made of ("Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM",
   *  "Monday, November 18, 2019, 04:05 pm PT (07:05 pm ET)", "| UPDATED: 11:05, Tue, Nov 19, 2019"):
   *  a short line of nothing else, with a number in it, is a timestamp. */
  dateWord: /^(?:\d{1,4}(?:st|nd|rd|th)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs?(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|[ap]m?|today|yesterday|updated|posted|published|modified|original|last|on|at|[ecmp][sd]?t|bst|gmt|utc|cet|cest|ist|amt|hrs?)$/i,
  /** Words of advertising copy; an unpunctuated line with two of them is an ad (seed 003). */
  commercial: /\b(?:buy|sale|discounts?|deals?|offers?|prices?|subscriptions?|hosting|starting\s+at|from\s+just|free\s+(?:delivery|shipping|trial)|shop(?:\s+now)?|order\s+now|coupons?|insurance|loans?|mortgages?|per\s+month|cheap(?:est)?|save\s+up\s+to|limited\s+time|this\s+week\s+only|best\s+rates?|sponsored)\b|[£$€]\s?\d/gi,

  // ---- the page as a whole (matched against its titles and <h1>) ----
  /** An error page's own name for itself, the whole title up to a site suffix: "404 Not Found",
   *  "Error 404", "Page not found | The Herald", "Oops! That page can't be found." (WordPress
   *  themes), "This article is no longer available", "Access denied". A headline that only starts
   *  that way ("404 days later...", "Unavailable drugs leave patients waiting") is not one. */
  errorPage: /^(?:error\s*:?\s*)?(?:(?:40[0-4]|410|50[0-3])(?:\s*(?:error|not\s+found|page\s+not\s+found|forbidden))?|(?:(?:sorry|oops)\W+(?:\w+\W+){0,6}?)?(?:(?:that|this|the)\s+)?(?:page|article|story|content|url)?\s*(?:(?:was|is|could|has)\s+)?(?:not\s+(?:be\s+)?found|can(?:not|['’]t)\s+be\s+found|no\s+longer\s+(?:available|exists?)|unavailable)|access\s+denied|forbidden)\s*(?:[.!|:–—-].*)?$/i,

  // ---- elements that are never article text (matched against class and id, before Readability) ----
  /** Screen-reader-only text that sighted readers never see. Plain "hidden" / "hide" are left
   *  alone: frameworks pair them with responsive overrides ("hidden md:block") or toggle them. */
  visuallyHidden: /(?:^|\s)(?:sr-only|visually-hidden|visuallyhidden|screen-reader-text|screen-reader-only|screenreader-only|a11y-hidden|offscreen|element-invisible|hidden-visually|u-visually-hidden)(?:\s|$)/i,
  /** Inline styles that hide an element. */
  hiddenStyle: /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important)?\s*(?:;|$)/i,
  /** The standfirst (deck, dek, summary) under a headline, which Readability drops with the header. */
  standfirst: /(?:^|\s|_|-)(?:deck|dek|standfirst|summary|sub-?headline|subtitle|article-?summary|strapline)(?:$|\s|_|-)/i,
  /** Attributes that lazy-loading scripts fill in for the real image URL. */
  lazySrc: /^(?:data-(?:src|original|lazy-src|lazy|url|hi-res-src|full-src|srcset|lazy-srcset|original-set))$/i,
} as const;

/** Tag-line shape: how many comma-separated items, and how short each must be. */
export const TAG_LINE = { minItems: 4, maxItemWords: 4, maxItemChars: 40 } as const;

/**
 * Near-duplicate paragraphs: word 3-shingles, Jaccard at or above this is a repeat (DESIGN.md).
 * Only prose of `minWords` or more is collapsed: recipes and spec sheets repeat short lines on
 * purpose ("Portion Fix Containers: 1 Green, 1 Red" under each meal plan, benchmark page 5f03fc17).
 */
export const NEAR_DUPLICATE = {
  shingle: 3,
  jaccard: 0.5,
  minWords: 15,
  pullQuoteContainment: 0.8,
  pullQuoteMinWords: 6,
  pullQuoteMaxWords: 60,
} as const;
