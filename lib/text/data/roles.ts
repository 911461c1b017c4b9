// Job titles: the words a role phrase ends on ("operations director", "chief executive",
// "Middle East envoy"). Used to read "Graham Pell, Castellan's operations director" (p00) against
// "Castellan's chief executive, Graham Pell" (p01). Variants fold to the key on the right.
export const TITLES: Record<string, string> = {
  president: 'president', 'vice-president': 'vice president', chairman: 'chair', chairwoman: 'chair', chair: 'chair',
  executive: 'chief executive', ceo: 'chief executive', director: 'director', manager: 'manager',
  officer: 'officer', chief: 'chief', head: 'head', spokesman: 'spokesperson', spokeswoman: 'spokesperson',
  spokesperson: 'spokesperson', minister: 'minister', secretary: 'secretary', envoy: 'envoy',
  ambassador: 'ambassador', adviser: 'adviser', advisor: 'adviser', aide: 'aide', mayor: 'mayor',
  governor: 'governor', senator: 'senator', congressman: 'representative', congresswoman: 'representative',
  representative: 'representative', judge: 'judge', prosecutor: 'prosecutor', lawyer: 'lawyer', attorney: 'lawyer',
  general: 'general', commander: 'commander', captain: 'captain', colonel: 'colonel', sergeant: 'sergeant',
  correspondent: 'correspondent', reporter: 'reporter', editor: 'editor', analyst: 'analyst', professor: 'professor',
  leader: 'leader', founder: 'founder', owner: 'owner', coach: 'coach', superintendent: 'superintendent',
  commissioner: 'commissioner', mp: 'mp', premier: 'premier', king: 'king', queen: 'queen', prince: 'prince',
  pope: 'pope', bishop: 'bishop', sheriff: 'sheriff', inspector: 'inspector', member: 'member',
};

/** Words before a role that make it a past one: "former envoy", "who previously served as" (004), "during the Trump administration" (001). */
export const FORMER_MARKERS = /\b(former|ex-|previously|once served|formerly|then-|onetime|one-time|erstwhile|during the \w+ administration|served as)\b/i;
