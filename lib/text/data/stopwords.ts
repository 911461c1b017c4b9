// Function words that carry no fact: left out of terms, similarity and story keys.
export const STOPWORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each few for from further had has have having ' +
    'he her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor ' +
    'not now of off on once only or other our ours ourselves out over own same she should so some such than that ' +
    'the their theirs them themselves then there these they this those through to too under until up very was we ' +
    'were what when where which while who whom why will with would you your yours yourself yourselves ' +
    'may might must shall would upon within without among amid amongst via per yet still even ever much many ' +
    'mr mrs ms one ones another whether however although though since while whose itself also including ' +
    'according said says say saying told tells us toward towards across around along ' +
    // Indefinite pronouns: "Nobody died" (p02) and "No one was killed" (p00) differ only in these.
    'nobody nothing something anything everything everyone someone anyone somebody anybody everybody'
  ).split(' '),
);
