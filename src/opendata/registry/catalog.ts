/** Links and licences shared by the dataset registry. */
export const CATALOG = 'https://catalog.data.metro.tokyo.lg.jp/dataset/';
export const GSI_TERMS = 'https://www.gsi.go.jp/kikakuchousei/kikakuchousei40182.html';
/** What CC BY 4.0 asks when the data shown was changed (ATTRIBUTION.md): name the source, say it was processed. */
export const PROCESSED = 'を加工して作成';
