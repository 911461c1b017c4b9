// News thesaurus: words that report the same fact in different outlets, folded to one key before
// similarity. "truce" in one outlet and "cease-fire" in another are the same claim; "retaken",
// "recaptured" and "regained" (Sudzha) too. Keys are written as plain lower-case words; the
// analyser stems every entry, so list the word forms that do not share a stem.

export const SYNONYMS: string[][] = [
  ['ceasefire', 'cease-fire', 'truce', 'armistice'],
  ['retake', 'retaken', 'recapture', 'recaptured', 'regain', 'regained', 'reclaim', 'reclaiming', 'retook'],
  ['fire', 'blaze', 'flames', 'inferno'],
  ['talks', 'negotiations', 'discussions', 'negotiate', 'discuss', 'talk', 'meeting', 'meet', 'negotiating'],
  ['negotiator', 'negotiators', 'diplomat', 'diplomats', 'delegation', 'officials', 'representatives'],
  ['injured', 'hurt', 'wounded', 'injuries'],
  ['killed', 'died', 'dead', 'deaths', 'death', 'fatalities', 'die'],
  ['evacuated', 'evacuation', 'evacuate', 'evacuees', 'flee', 'fled'],
  ['people', 'residents', 'persons', 'citizens', 'civilians', 'inhabitants'],
  ['spokesman', 'spokesperson', 'spokeswoman'],
  ['proposal', 'plan', 'offer', 'initiative', 'proposed'],
  ['warehouse', 'store', 'storage', 'depot'],
  ['firm', 'company', 'business'],
  ['fined', 'penalty', 'penalised', 'penalized'],
  ['leak', 'leaked', 'spill'],
  ['plant', 'works', 'factory', 'site', 'facility'],
  ['arrive', 'arrived', 'landed', 'land'],
  ['sorry', 'apologised', 'apologized', 'apology', 'apologise', 'apologize'],
  ['start', 'started', 'began', 'begin', 'broke', 'erupted'],
  ['investigation', 'inquiry', 'probe'],
  ['reject', 'rejected', 'dismissed', 'rebuffed', 'resisted', 'resistance', 'rejection'],
  ['troops', 'forces', 'soldiers', 'military', 'army'],
  ['war', 'conflict', 'hostilities', 'fighting'],
  ['buy', 'purchase', 'acquire', 'bought', 'acquired'],
  ['quit', 'resign', 'resigned', 'stepped'],
];
