"""Given names common in the countries of kgraph's five languages.

German capitalises every noun, so there a capital says nothing about names, and simplemma's
dictionary knows most surnames as words (Weber, Vogel, Köhler). A given name before a capitalised
word is what starts a person's name: 'Geschäftsführerin Sabine Hofmann', 'sagt Jonas Reuter'.
(Elsewhere a capital inside a sentence already marks a name.) Written as they are spelt, with
their capital; names that are also common nouns of German are left out (Frank, Ernst, Rose).
"""

from __future__ import annotations

GIVEN_NAMES = frozenset(
    # German, Austrian, Swiss
    "Andreas Alexander Anna Anja Anke Annette Barbara Bernd Birgit Brigitte Carina Carsten Christian "
    "Christiane Christina Christine Christoph Claudia Cornelia Daniel Daniela David Dennis Dieter "
    "Dirk Doris Elena Elke Emma Erik Eva Fabian Felix Florian Franziska Frauke Gabriele Georg Gerhard "
    "Gisela Hannah Hans Harald Heike Heinz Helga Helmut Holger Ines Ingrid Jan Jana Janina Jens "
    "Johanna Johannes Jonas Jörg Julia Julian Jürgen Karin Karl Katharina Katja Katrin Kerstin Klaus "
    "Kristina Lara Laura Lea Lena Leon Lisa Lukas Manfred Manuela Marco Maria Marie Marion Markus "
    "Martin Martina Matthias Max Maximilian Melanie Michael Michaela Monika Nadine Niklas Nicole "
    "Nina Olaf Oliver Patrick Paul Peter Petra Philipp Ralf Regina Reinhard Renate Robert Sabine "
    "Sandra Sarah Sascha Sebastian Silke Simon Simone Sophie Stefan Stefanie Steffen Stephan Susanne "
    "Sven Swen Tanja Thomas Tim Timo Tobias Torsten Ulrich Ulrike Ursula Uwe Ute Verena Volker "
    "Werner Wolfgang Yvonne "
    # Norwegian, Swedish, Danish
    "Anders Ane Astrid Bente Bjørn Britt Camilla Dag Eirik Elin Emil Espen Frida Geir Gunnar Guro "
    "Hanne Hege Helene Henrik Ida Ingrid Ingvild Jon Jonas Kari Karoline Kjetil Knut Kristian Lars "
    "Linn Magnus Marit Mette Morten Nils Ola Ole Randi Rune Silje Siri Solveig Stian Sigrid "
    "Terje Thea Tone Tore Trine Trond Vegard Åse Øystein Agnes Annika Birgitta Elsa Emelie Gustav "
    "Hanna Hugo Ingrid Johan Karin Kerstin Lina Linnea Maja Malin Mats Oskar Sofia Stina Ulf Åsa "
    "Anette Birthe Bo Dorthe Frederik Jens Jesper Kasper Lone Mads Mikkel Niels Pernille Rasmus "
    "Signe Søren Tine Ulla "
    # English
    "Alice Amelia Amy Andrew Charlotte Chloe Claire Daniel David Edward Elizabeth Emily Emma George "
    "Grace Harry Helen Jack James Jane Jessica John Joseph Kate Katherine Laura Lucy Mary Matthew "
    "Michael Oliver Olivia Paul Rachel Richard Robert Sarah Sophie Thomas William".split()
)
