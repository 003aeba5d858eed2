/** ruleIds of the HTML front end. */
export const htmlRules = {
  "html-glyph-unknown": "a checkbox glyph whose state cannot be decided from its character and font",
  "html-glyph-font-inferred":
    "a lone Wingdings box character (þ, ý, ¨) read as a box although no Wingdings font is in effect",
  "html-depth-capped":
    "HTML nested deeper than the front end follows: deeper start tags are ignored, deeper tables read as plain blocks",
  "html-symbol-text": "a word set in a symbol font (Wingdings…) is pictures, not a checkbox: left out of the text",
} as const;
