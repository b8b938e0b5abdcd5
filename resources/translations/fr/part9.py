# French translations, part 9: accessible names (what a screen reader announces).
T = {
'Go to page': "Aller à la page",
'Conversation': "Conversation",
}
