/** The id of the one <datalist> of catalog indicators the review's pickers share. */
export const INDICATOR_LIST = 'import-indicator-list';
