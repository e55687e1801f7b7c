import { stableHash } from './stable-hash';

// Fictional people: common Dutch first names and surnames, combined by a fixed hash of a key
// (e.g. "burgemeester.zaandam-oost"), so every run creates the same demo population.
const FIRST_NAMES = [
  'Anouk', 'Bram', 'Fatima', 'Mohamed', 'Sanne', 'Jeroen', 'Esra', 'Kees', 'Priya', 'Ruben',
  'Marieke', 'Youssef', 'Lotte', 'Thijs', 'Nadia', 'Wouter', 'Ingrid', 'Hakan', 'Femke', 'Daan',
  'Samira', 'Pieter', 'Mirjam', 'Kevin', 'Ayşe', 'Joost', 'Linda', 'Rachid', 'Esther', 'Sander',
  'Karin', 'Milan', 'Hanneke', 'Jamal', 'Petra', 'Martijn', 'Yvonne', 'Stefan', 'Naima', 'Roel',
  'Judith', 'Erik', 'Noor', 'Tom', 'Chantal', 'Vincent', 'Fleur', 'Dennis', 'Monique', 'Niels',
] as const;

const SURNAMES = [
  'de Vries', 'Jansen', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot',
  'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'de Graaf',
  'van der Meer', 'van der Linden', 'Kok', 'Jacobs', 'de Haan', 'Vermeulen', 'van den Heuvel', 'van der Veen',
  'van den Broek', 'de Bruijn', 'de Jong', 'Koster', 'Postma', 'Kaya', 'Yılmaz', 'El Amrani', 'Bouzid',
  'Ramdin', 'Tjon A Fong', 'Huisman', 'Prins', 'Blom', 'Kuipers', 'Veenstra', 'Wijnands', 'Hoekstra',
  'Çelik', 'Nijland', 'Kramer', 'Schouten',
] as const;

// `group` is the table someone sits at: no two people there share a first name or a surname.
export type NameGenerator = (key: string, group: string) => string;

// Full names stay unique within one generator; call it in a fixed order for a stable result.
export const createNameGenerator = (): NameGenerator => {
  const taken = new Set<string>();
  const takenInGroup = new Map<string, Set<string>>();
  return (key, group) => {
    const groupNames = takenInGroup.get(group) ?? new Set<string>();
    takenInGroup.set(group, groupNames);
    for (let attempt = 0; ; attempt += 1) {
      const hash = stableHash(attempt === 0 ? key : `${key}#${attempt}`);
      const first = FIRST_NAMES[hash % FIRST_NAMES.length];
      const last = SURNAMES[(hash >>> 8) % SURNAMES.length];
      const name = `${first} ${last}`;
      // Late attempts relax the group rule so the loop always ends.
      const clashes = attempt < 50 && (groupNames.has(first) || groupNames.has(last));
      if (!taken.has(name) && !clashes) {
        taken.add(name);
        groupNames.add(first);
        groupNames.add(last);
        return name;
      }
    }
  };
};
