import type { Localised } from '../../i18n/localised';

/** Moderation: the console's list of participants' texts and the pre-moderation switch. */
const nl = {
  moderation: {
    title: 'Moderatie',
    premoderation: 'Nieuwe teksten eerst goedkeuren',
    premoderationHint:
      'Nieuwe initiatieven, notities en meeneempunten verschijnen pas op het scherm als je ze goedkeurt. De schrijver ziet dat de tekst wacht.',
    waiting: (count: number) => (count === 1 ? '1 tekst wacht' : `${count} teksten wachten`),
    empty: 'Nog geen teksten van deelnemers.',
    initiatives: 'Initiatieven',
    routeNotes: 'Notities bij de route',
    takeaways: 'Meeneempunten',
    pending: 'wacht op goedkeuring',
    hidden: 'verborgen',
    approve: 'Goedkeuren',
    show: 'Weer tonen',
    hide: 'Verbergen',
    approveLabel: (text: string) => `“${text}” goedkeuren`,
    showLabel: (text: string) => `“${text}” weer tonen`,
    hideLabel: (text: string) => `“${text}” verbergen`,
    removeLabel: (text: string) => `“${text}” definitief verwijderen`,
  },
};

const en = {
  moderation: {
    title: 'Moderation',
    premoderation: 'Approve new texts first',
    premoderationHint:
      'New initiatives, notes and takeaways appear on screen only once you approve them. The writer sees that the text is waiting.',
    waiting: (count: number) => (count === 1 ? '1 text waiting' : `${count} texts waiting`),
    empty: 'No texts from participants yet.',
    initiatives: 'Initiatives',
    routeNotes: 'Notes on the route',
    takeaways: 'Takeaways',
    pending: 'waiting for approval',
    hidden: 'hidden',
    approve: 'Approve',
    show: 'Show again',
    hide: 'Hide',
    approveLabel: (text: string) => `Approve “${text}”`,
    showLabel: (text: string) => `Show “${text}” again`,
    hideLabel: (text: string) => `Hide “${text}”`,
    removeLabel: (text: string) => `Remove “${text}” for good`,
  },
};

export const moderationStrings: Localised<typeof nl> = { nl, en };
