import type { Localised } from '../../i18n/localised';

/** The content items: the meanings and the municipality's role; the join address and its warning. */
const nl = {
  joinAddress: {
    asking: 'Adres ophalen…',
    warningLabel: 'Deelnameadres',
    unreachable: (address: string) =>
      `Niemand anders kan meedoen via ${address}: dat adres werkt alleen op deze computer. Verbind met het netwerk van de zaal en herstart de server, of stel PUBLIC_URL in.`,
    unanswered: (address: string) =>
      `De server gaf zijn adres niet door. De deelnamelink gebruikt nu het adres van deze browser (${address}); controleer of anderen dat kunnen openen.`,
  },
  municipality: {
    title: 'Wat kan de gemeente doen?',
  },
  meanings: {
    title: 'Collectief werken, wat bedoelen we ermee?',
  },
};

export const contentStrings: Localised<typeof nl> = {
  nl,
  en: {
    joinAddress: {
      asking: 'Getting the address…',
      warningLabel: 'Join address',
      unreachable: (address: string) =>
        `Nobody else can join at ${address}: that address only works on this computer. Join the room's network and restart the server, or set PUBLIC_URL.`,
      unanswered: (address: string) =>
        `The server did not say its address. The join link now uses this browser's address (${address}); check that others can open it.`,
    },
    municipality: {
      title: 'What can the municipality do?',
    },
    meanings: {
      title: 'Collective work: what do we mean?',
    },
  },
};
