# French translations, part 15: a prospect search answer that contradicts itself.
T = {
'it sent no rows at row %1 of the %2 it reported': "le serveur n'a envoyé aucune ligne à la ligne %1 des %2 annoncées",
"Kakiyo's answer contradicts itself: %1. Only the %n prospect(s) it sent are shown.": ("La réponse de Kakiyo se contredit : %1. Seul le prospect envoyé est affiché.", "La réponse de Kakiyo se contredit : %1. Seuls les %n prospects envoyés sont affichés."),
}
