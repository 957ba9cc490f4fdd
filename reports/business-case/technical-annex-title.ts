/** The restricted annex's heading, as the contents and the template print it. */
export const technicalAnnexTitle = 'Annex D. Technical annex (restricted)';
