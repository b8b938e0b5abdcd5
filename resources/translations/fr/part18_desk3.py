# French translations, part 18: the desk's window side (unread on the Prospects page).
T = {
'Show only the conversations with a reply you have not read yet': "Afficher seulement les conversations avec une réponse que vous n’avez pas encore lue",
'Unread': "Non lus",
'Unread (%1)': "Non lus (%1)",
'%n unread conversation(s)': ("%n conversation non lue", "%n conversations non lues"),
}
