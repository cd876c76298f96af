// Three short NK News pieces that share a line of page furniture, each line as NK News
// published it (the pieces are cut down to a title, a standfirst and a sentence or two):
// - FURNITURE: the Opinion disclaimer under NK News opinion pieces, as on
//   https://www.nknews.org/2019/12/why-in-planning-its-next-move-north-korea-is-keeping-experts-guessing/
//   (NK News, December 2019).
// - OPINION: title, standfirst and first sentence of that article.
// - PODCAST, PHOTOS: title and standfirst of two NK News items as listed on
//   https://www.nknews.org/content_author/nk-news/page/25 (NK News, early 2022).
export const FURNITURE = 'Views expressed in Opinion articles are exclusively the authors’ own and do not represent the views of NK News.'

export const OPINION = [
  'Why, in planning its next move, North Korea is keeping experts guessing',
  "Western discourse on the DPRK is rife with misunderstanding about Pyongyang's real needs and intentions",
  FURNITURE,
  'As the year-end deadline set by North Korean leader Kim Jong Un in April looms, it remains unclear what option he will take, with much speculation that the most likely scenario is a formal end to long-stalled diplomacy between the North and the U.S.',
].join('\n\n')

export const PODCAST = [
  'Is North Korea’s ultimate goal to conquer the South? – NKNews Podcast Ep. 226',
  'Four experts debate what the DPRK means by ‘final victory’ and whether it seeks unification on its terms.',
  FURNITURE,
  'Ankit Panda and the NK News team discuss Pyongyang’s longest-range test since 2017 and other missile miscellany.',
].join('\n\n')

export const PHOTOS = [
  'Mothers, soldiers, laborers: The roles of women in North Korea — in photos',
  FURNITURE,
  'The DPRK claims to have established gender equality, but reality often doesn’t live up to the official pronouncements.',
  'Posters, slogans and even cartoons bombard citizens with commands to carry out their work like revolutionary soldiers.',
].join('\n\n')
