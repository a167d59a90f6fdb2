/**
 * Folds Vietnamese text for searching: lower case, no tone marks or diacritics, đ → d, so
 * "phu ly", "Phú Lý" and its NFD spelling all match (the API's fold_vi does the same).
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .trim();
}
